namespace HomeBase.Core.Access;

/// <summary>Remembers, for the process, that the one-time set-up is done, so the check costs nothing after.</summary>
public sealed class OwnerSetupState
{
    private volatile bool hasUsers;

    public bool HasUsers { get => hasUsers; set => hasUsers = value; }
}
