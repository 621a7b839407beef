using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.Cli.Serving;

/// <summary>What the service remembers of one checked plan: the file's fingerprint, its parent's at that time, and its findings (the JSON contract, per language).</summary>
internal sealed record PlanRecord(
    string Id,
    string File,
    string Fingerprint,
    string? ParentId,
    string? ParentFingerprint,
    DateTimeOffset CheckedAt,
    int Errors,
    int Warnings,
    int Infos,
    string JsonVi,
    string JsonEn);

/// <summary>One check of a plan in its history: when, on which version, the counts, and which findings (rule and subject) there were.</summary>
internal sealed record HistoryEntry(DateTimeOffset CheckedAt, string Fingerprint, int Errors, int Warnings, int Infos, IReadOnlyList<string> Findings);

/// <summary>
/// The service's memory in SQLite (Microsoft.Data.Sqlite): the checked plans (fingerprint, parent's fingerprint at the
/// check, findings), the history of findings per plan, and the key of the settings the findings were made with. A
/// restart reads it back so that unchanged files are not checked again. One connection, used under the caller's lock.
/// </summary>
internal sealed class StateStore : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS plans (
            id TEXT PRIMARY KEY, file TEXT NOT NULL, fingerprint TEXT NOT NULL, parent_id TEXT, parent_fingerprint TEXT,
            checked_at TEXT NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL,
            json_vi TEXT NOT NULL, json_en TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS history (
            plan_id TEXT NOT NULL, checked_at TEXT NOT NULL, fingerprint TEXT NOT NULL,
            errors INTEGER NOT NULL, warnings INTEGER NOT NULL, infos INTEGER NOT NULL, findings TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS history_plan ON history (plan_id, checked_at);
        """;

    private readonly SqliteConnection connection;
    private SqliteTransaction? transaction;

    public StateStore(string file)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        Execute(Schema);
    }

    public void Dispose() => connection.Dispose();

    /// <summary>The key of the settings (ruleset, catalogues, rules, day) the stored findings were made with; null when none.</summary>
    public string? SettingsKey
    {
        get => Scalar("SELECT value FROM meta WHERE key = 'settings'");
        set => Execute("INSERT INTO meta (key, value) VALUES ('settings', $v) ON CONFLICT (key) DO UPDATE SET value = $v", ("$v", value));
    }

    /// <summary>Every stored plan, by id.</summary>
    public Dictionary<string, PlanRecord> LoadPlans()
    {
        var result = new Dictionary<string, PlanRecord>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, file, fingerprint, parent_id, parent_fingerprint, checked_at, errors, warnings, infos, json_vi, json_en FROM plans";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = new PlanRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetString(9), reader.GetString(10));
            result[record.Id] = record;
        }

        return result;
    }

    /// <summary>Stores the plans of one re-check and appends each to its history, in one transaction.</summary>
    public void Save(IEnumerable<(PlanRecord Record, IReadOnlyList<string> Findings)> checkedPlans)
    {
        using var tx = transaction = connection.BeginTransaction();
        foreach (var (r, findings) in checkedPlans)
        {
            Execute("""
                INSERT INTO plans (id, file, fingerprint, parent_id, parent_fingerprint, checked_at, errors, warnings, infos, json_vi, json_en)
                VALUES ($id, $file, $fp, $pid, $pfp, $at, $e, $w, $i, $vi, $en)
                ON CONFLICT (id) DO UPDATE SET file = $file, fingerprint = $fp, parent_id = $pid, parent_fingerprint = $pfp,
                    checked_at = $at, errors = $e, warnings = $w, infos = $i, json_vi = $vi, json_en = $en
                """,
                ("$id", r.Id), ("$file", r.File), ("$fp", r.Fingerprint), ("$pid", r.ParentId), ("$pfp", r.ParentFingerprint),
                ("$at", r.CheckedAt.ToString("O", CultureInfo.InvariantCulture)), ("$e", r.Errors), ("$w", r.Warnings), ("$i", r.Infos),
                ("$vi", r.JsonVi), ("$en", r.JsonEn));
            Execute("INSERT INTO history (plan_id, checked_at, fingerprint, errors, warnings, infos, findings) VALUES ($id, $at, $fp, $e, $w, $i, $f)",
                ("$id", r.Id), ("$at", r.CheckedAt.ToString("O", CultureInfo.InvariantCulture)), ("$fp", r.Fingerprint),
                ("$e", r.Errors), ("$w", r.Warnings), ("$i", r.Infos), ("$f", string.Join('\n', findings)));
        }

        tx.Commit();
        transaction = null;
    }

    /// <summary>Forgets plans whose files are gone (their history stays).</summary>
    public void Remove(IEnumerable<string> ids)
    {
        using var tx = transaction = connection.BeginTransaction();
        foreach (var id in ids)
        {
            Execute("DELETE FROM plans WHERE id = $id", ("$id", id));
        }

        tx.Commit();
        transaction = null;
    }

    /// <summary>The checks of a plan, newest first.</summary>
    public IReadOnlyList<HistoryEntry> History(string planId, int limit = 50)
    {
        var result = new List<HistoryEntry>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT checked_at, fingerprint, errors, warnings, infos, findings FROM history WHERE plan_id = $id ORDER BY checked_at DESC, rowid DESC LIMIT $n";
        command.Parameters.AddWithValue("$id", planId);
        command.Parameters.AddWithValue("$n", limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new HistoryEntry(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetString(1),
                reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetString(5).Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        }

        return result;
    }

    private string? Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private void Execute(string sql, params (string Name, object? Value)[] args)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
