using System.Linq.Expressions;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>A column of a records table: its key (for sorting and filters), its header and whether it sorts.</summary>
public sealed record RecordColumn(string Key, string Header, bool Sortable);
