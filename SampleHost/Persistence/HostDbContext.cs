using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SampleHost.Clients;
using SampleHost.Jobs;
using SampleHost.Plugins;
using SampleHost.Privacy;
using SampleHost.Security.ApiClients;
using SampleHost.Settings;
using SampleHost.Workflows;

namespace SampleHost.Persistence;

/// <summary>
/// The host's own tables: clients, the processing log, plugin state and plugin state per gemeente. Rows of personal data are filtered by the
/// current gemeente here, in the data layer, so no screen or query can forget it.
/// </summary>
internal abstract class HostDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ProcessingLogEntry> ProcessingLog => Set<ProcessingLogEntry>();

    public DbSet<ProcessingLogChainHead> ProcessingLogChainHeads => Set<ProcessingLogChainHead>();

    public DbSet<PluginStateRecord> PluginStates => Set<PluginStateRecord>();

    public DbSet<PluginTenantStateRecord> PluginTenantStates => Set<PluginTenantStateRecord>();

    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    public DbSet<WorkflowHistoryRecord> WorkflowHistory => Set<WorkflowHistoryRecord>();

    public DbSet<WorkItemRecord> WorkItems => Set<WorkItemRecord>();

    public DbSet<PluginSettingRecord> PluginSettings => Set<PluginSettingRecord>();

    public DbSet<RecordFieldValueRecord> RecordFieldValues => Set<RecordFieldValueRecord>();

    public DbSet<ApiClientRecord> ApiClients => Set<ApiClientRecord>();
    public DbSet<JobRunRecord> JobRuns => Set<JobRunRecord>();

    /// <summary>The current gemeentecode; EF Core reads it per query, so each context filters by its own tenant.</summary>
    private string? CurrentGemeente => tenant.Current?.Value;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureWorkflows(modelBuilder);
        ConfigureApiClients(modelBuilder);
        ConfigureJobRuns(modelBuilder);

        modelBuilder.Entity<RecordFieldValueRecord>(value =>
        {
            value.ToTable("record_field_values");
            value.HasKey(v => new { v.Gemeente, v.RecordType, v.RecordId, v.Key });
            value.Property(v => v.Gemeente).HasMaxLength(4).IsFixedLength();
            value.Property(v => v.RecordType).HasMaxLength(50);
            value.Property(v => v.RecordId).HasMaxLength(100);
            value.Property(v => v.Key).HasMaxLength(150);
            value.Property(v => v.Value).HasMaxLength(4000);
            value.Property(v => v.ChangedBy).HasMaxLength(100);

            // Catches two saves of the same value at once; ContentVersion catches a save from a stale form.
            value.Property(v => v.ChangedAt).IsConcurrencyToken();
            value.HasQueryFilter(v => v.Gemeente == CurrentGemeente);
        });

        modelBuilder.Entity<PluginSettingRecord>(setting =>
        {
            setting.ToTable("plugin_settings");
            setting.HasKey(s => new { s.Gemeente, s.Key });
            setting.Property(s => s.Gemeente).HasMaxLength(4).IsFixedLength();
            setting.Property(s => s.Key).HasMaxLength(150);
            setting.Property(s => s.Value).HasMaxLength(2000);
            setting.Property(s => s.ChangedBy).HasMaxLength(100);

            // Catches two saves of the same setting at once; ContentVersion catches a save from a stale form.
            setting.Property(s => s.ChangedAt).IsConcurrencyToken();
            setting.HasQueryFilter(s => s.Gemeente == CurrentGemeente);
        });

        modelBuilder.Entity<Client>(client =>
        {
            client.ToTable("clients");
            client.HasKey(c => c.Id);
            client.Property(c => c.Gemeente).HasMaxLength(4).IsFixedLength();
            client.Property(c => c.Bsn).HasMaxLength(9).IsFixedLength();
            client.Property(c => c.Naam).HasMaxLength(400);
            client.Property(c => c.Geboortedatum).HasMaxLength(8);
            client.Property(c => c.GeregistreerdDoor).HasMaxLength(100);
            client.HasIndex(c => new { c.Gemeente, c.Bsn }).IsUnique();
            client.HasQueryFilter(c => c.Gemeente == CurrentGemeente);
        });

        ConfigureProcessingLog(modelBuilder);

        modelBuilder.Entity<PluginStateRecord>(state =>
        {
            state.ToTable("plugin_states");
            state.HasKey(s => s.PluginId);
            state.Property(s => s.PluginId).HasMaxLength(100);
            state.Property(s => s.Version).HasMaxLength(50);
            state.Property(s => s.Status).HasMaxLength(30);
        });

        // Not personal data and not filtered by gemeente: the host reads every row into memory at start-up.
        modelBuilder.Entity<PluginTenantStateRecord>(state =>
        {
            state.ToTable("plugin_tenant_states");
            state.HasKey(s => new { s.PluginId, s.Gemeente });
            state.Property(s => s.PluginId).HasMaxLength(100);
            state.Property(s => s.Gemeente).HasMaxLength(4).IsFixedLength();
            state.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            state.Property(s => s.ReasonNl).HasMaxLength(2000);
            state.Property(s => s.ReasonEn).HasMaxLength(2000);
            state.Property(s => s.PluginVersion).HasMaxLength(50);
            state.Property(s => s.ChangedBy).HasMaxLength(100);
        });
    }

    /// <summary>
    /// The processing log and its chain heads. The database triggers that reject UPDATE and DELETE of log records
    /// are created by a migration, see <see cref="ProcessingLogTriggers"/>.
    /// </summary>
    private void ConfigureProcessingLog(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcessingLogEntry>(entry =>
        {
            entry.ToTable("processing_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Gemeente).HasMaxLength(4).IsFixedLength();
            entry.Property(e => e.ActorId).HasMaxLength(100);
            entry.Property(e => e.ActorRoles).HasMaxLength(400);
            entry.Property(e => e.ActivityId).HasMaxLength(100);
            entry.Property(e => e.Operation).HasMaxLength(20);
            entry.Property(e => e.SubjectIdType).HasMaxLength(20);
            entry.Property(e => e.SubjectPseudonym).HasMaxLength(64);
            entry.Property(e => e.TraceId).HasMaxLength(32);
            entry.Property(e => e.SpanId).HasMaxLength(16);
            entry.Property(e => e.ParentSpanId).HasMaxLength(16);
            entry.Property(e => e.OnBehalfOf).HasMaxLength(100);
            entry.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
            entry.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
            if (Database.IsSqlite())
            {
                // SQLite cannot compare DateTimeOffset values in queries; stored as a number, the date filter of
                // the privacy officer's screen runs in the database.
                entry.Property(e => e.Tijdstip).HasConversion(new DateTimeOffsetToBinaryConverter());
            }

            entry.HasIndex(e => new { e.Gemeente, e.Sequence }).IsUnique();
            entry.HasIndex(e => new { e.Gemeente, e.SubjectPseudonym });
            entry.HasQueryFilter(e => e.Gemeente == CurrentGemeente);
        });

        // Not filtered by gemeente: writers and the verifier name the gemeente themselves, and a head holds no personal data.
        modelBuilder.Entity<ProcessingLogChainHead>(head =>
        {
            head.ToTable("processing_log_chain_heads");
            head.HasKey(h => h.Gemeente);
            head.Property(h => h.Gemeente).HasMaxLength(4).IsFixedLength();
            head.Property(h => h.Sequence).IsConcurrencyToken();
            head.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        });
    }

    private void ConfigureApiClients(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApiClientRecord>(client =>
        {
            client.ToTable("api_clients");
            client.HasKey(c => c.Id);
            client.Property(c => c.Gemeente).HasMaxLength(4).IsFixedLength();
            client.Property(c => c.Name).HasMaxLength(ApiClientAdministration.MaxNameLength);
            client.Property(c => c.Role).HasMaxLength(50);
            client.Property(c => c.Organisation).HasMaxLength(21);
            client.Property(c => c.KeyId).HasMaxLength(32);
            client.Property(c => c.SecretHash).HasMaxLength(32);
            client.Property(c => c.CreatedBy).HasMaxLength(100);
            client.Property(c => c.RevokedBy).HasMaxLength(100);
            client.Property(c => c.Version).IsConcurrencyToken();
            client.HasIndex(c => c.KeyId).IsUnique();
            client.HasQueryFilter(c => c.Gemeente == CurrentGemeente);
        });
    }

    /// <summary>
    /// The runs of scheduled jobs. Not personal data and not filtered by gemeente, because the scheduler claims runs for
    /// every gemeente. The unique key is the claim of one run per job, gemeente and due moment.
    /// </summary>
    private static void ConfigureJobRuns(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRunRecord>(run =>
        {
            run.ToTable("job_runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.JobId).HasMaxLength(100);
            run.Property(r => r.Gemeente).HasMaxLength(4).IsFixedLength();
            run.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.Summary).HasMaxLength(JobRunner.MaxSummaryLength);
            run.HasIndex(r => new { r.JobId, r.Gemeente, r.DueAt }).IsUnique();
        });
    }

    private void ConfigureWorkflows(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowInstanceRecord>(instance =>
        {
            instance.ToTable("workflow_instances");
            instance.HasKey(i => i.Id);
            instance.Property(i => i.Gemeente).HasMaxLength(4).IsFixedLength();
            instance.Property(i => i.WorkflowId).HasMaxLength(100);
            instance.Property(i => i.RecordId).HasMaxLength(100);
            instance.Property(i => i.State).HasMaxLength(100);
            instance.Property(i => i.Version).IsConcurrencyToken();
            instance.HasIndex(i => new { i.Gemeente, i.WorkflowId, i.RecordId }).IsUnique();
            instance.HasQueryFilter(i => i.Gemeente == CurrentGemeente);
        });

        modelBuilder.Entity<WorkflowHistoryRecord>(history =>
        {
            history.ToTable("workflow_history");
            history.HasKey(h => h.Id);
            history.Property(h => h.Gemeente).HasMaxLength(4).IsFixedLength();
            history.Property(h => h.FromState).HasMaxLength(100);
            history.Property(h => h.ToState).HasMaxLength(100);
            history.Property(h => h.TransitionId).HasMaxLength(100);
            history.Property(h => h.ActorId).HasMaxLength(100);
            history.HasIndex(h => h.InstanceId);
            history.HasQueryFilter(h => h.Gemeente == CurrentGemeente);
        });

        modelBuilder.Entity<WorkItemRecord>(item =>
        {
            item.ToTable("work_items");
            item.HasKey(w => w.Id);
            item.Property(w => w.Gemeente).HasMaxLength(4).IsFixedLength();
            item.Property(w => w.WorkflowId).HasMaxLength(100);
            item.Property(w => w.Kind).HasMaxLength(100);
            item.Property(w => w.KindNl).HasMaxLength(200);
            item.Property(w => w.KindEn).HasMaxLength(200);
            item.Property(w => w.TaskKey).HasMaxLength(200);
            item.Property(w => w.RecordId).HasMaxLength(100);
            item.Property(w => w.RecordScreenId).HasMaxLength(100);
            item.Property(w => w.State).HasMaxLength(100);
            item.Property(w => w.TaskNl).HasMaxLength(400);
            item.Property(w => w.TaskEn).HasMaxLength(400);
            item.Property(w => w.AssignedTo).HasMaxLength(100);
            item.Property(w => w.ClosedBy).HasMaxLength(100);
            item.Property(w => w.ClosedReasonNl).HasMaxLength(400);
            item.Property(w => w.ClosedReasonEn).HasMaxLength(400);
            item.Property(w => w.ConcurrencyStamp).IsConcurrencyToken();
            item.HasIndex(w => new { w.Gemeente, w.ClosedAt, w.DueDate });

            // The work queue pages the open tasks by due date and id, so a page reads its rows in order without a sort.
            item.HasIndex(w => new { w.Gemeente, w.DueDate, w.Id }).HasFilter("\"ClosedAt\" IS NULL").HasDatabaseName("IX_work_items_open_by_due_date");
            item.HasIndex(w => new { w.Gemeente, w.TaskKey }).IsUnique();
            item.HasIndex(w => new { w.Gemeente, w.Kind, w.ClosedAt });
            item.HasIndex(w => w.InstanceId);
            item.HasQueryFilter(w => w.Gemeente == CurrentGemeente);
        });
    }
}

/// <summary>The host's tables on SQLite; owns the SQLite migrations.</summary>
internal sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options, ITenantContext tenant)
    : HostDbContext(options, tenant);

/// <summary>The host's tables on PostgreSQL; owns the PostgreSQL migrations.</summary>
internal sealed class PostgreSqlHostDbContext(DbContextOptions<PostgreSqlHostDbContext> options, ITenantContext tenant)
    : HostDbContext(options, tenant);
