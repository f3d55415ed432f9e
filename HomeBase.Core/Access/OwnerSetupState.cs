using HomeBase.Core.Auditing;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Access;

/// <summary>Remembers, for the process, that the one-time set-up is done, so the check costs nothing after.</summary>
public sealed class OwnerSetupState
{
    private volatile bool hasUsers;

    public bool HasUsers { get => hasUsers; set => hasUsers = value; }
}
