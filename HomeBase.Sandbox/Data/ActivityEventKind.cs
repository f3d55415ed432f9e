namespace HomeBase.Sandbox.Data;

/// <summary>What an Activity Log event of the sandbox is: half of an Administrative operation, or a Policy or Security event.</summary>
internal enum ActivityEventKind
{
    OperationStarted,
    OperationEnded,
    Policy,
    Security,
}
