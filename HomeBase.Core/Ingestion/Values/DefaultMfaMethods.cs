namespace HomeBase.Core.Ingestion.Values;

/// <summary>
/// The second factor a user is asked for (<c>userDefaultAuthenticationMethod</c>, also the values of
/// <c>systemPreferredAuthenticationMethods</c>). Texts and calls are the phishable ones Microsoft asks admins to move off.
/// </summary>
[MicrosoftEnum("microsoft.graph.userDefaultAuthenticationMethod")]
public static class DefaultMfaMethods
{
    public const string Push = "push";
    public const string Oath = "oath";
    public const string Sms = "sms";
    public const string VoiceMobile = "voiceMobile";
    public const string VoiceAlternateMobile = "voiceAlternateMobile";
    public const string VoiceOffice = "voiceOffice";
    public const string None = "none";

    public static readonly string[] TextOrCall = [Sms, VoiceMobile, VoiceAlternateMobile, VoiceOffice];
}
