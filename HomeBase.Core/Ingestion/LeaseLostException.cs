namespace HomeBase.Core.Ingestion;

/// <summary>
/// A run's lease was taken over (it could not be renewed in time): the page being stored is rolled back and the
/// run stops, because the stream now belongs to another run that resumes from the last committed cursor.
/// </summary>
public sealed class LeaseLostException(string stream, string integrationId)
    : Exception($"The lease on stream {stream} of {integrationId} was taken over by another run; this run stopped without storing its page.");
