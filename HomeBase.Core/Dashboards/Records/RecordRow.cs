using System.Linq.Expressions;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

public sealed record RecordRow(IReadOnlyList<RecordCell> Cells);
