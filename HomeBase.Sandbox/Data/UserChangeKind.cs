namespace HomeBase.Sandbox.Data;

internal enum UserChangeKind
{
    Created,
    Updated,
    Deleted,
}

// Users and groups: a fixed base set plus the changes made through the control API.
