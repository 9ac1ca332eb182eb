import type { AuditEntryRow } from '@/lib/audit/log';
import { auditActionLabel, TARGET_LABELS } from '@/lib/audit/actions';
import { AdminTable } from './AdminTable';

/** "key: value" facts of an entry; times (keys ending in "At") in the newsroom's zone. */
function details(detail: AuditEntryRow['detail'], formatTime: (d: Date) => string): string {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return '';
  return Object.entries(detail)
    .map(([key, value]) => {
      const time = key.endsWith('At') && typeof value === 'string' ? new Date(value) : null;
      return `${key}: ${time && !Number.isNaN(time.getTime()) ? formatTime(time) : String(value)}`;
    })
    .join(', ');
}

/** Entries of the audit log, newest first: when, who, what, target, from where. Read-only. */
export function AuditLogTable({ entries, timeZone }: { entries: AuditEntryRow[]; timeZone: string }) {
  const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const formatTime = (d: Date) => format.format(d);
  return (
    <AdminTable caption={`Audit log entries, newest first: ${entries.length} on this page`} columns={['When', 'Who', 'What', 'Target', 'From', 'Details']}>
      {entries.map((e) => (
        <tr key={e.id} className="border-b border-line align-top last:border-0" data-action={e.action}>
          <td className="whitespace-nowrap px-3 py-2">
            <time dateTime={e.createdAt.toISOString()}>{formatTime(e.createdAt)}</time>
          </td>
          <td className="px-3 py-2">
            {e.actorId || e.actorEmail ? (
              <>
                {e.actorName && <span className="block font-semibold">{e.actorName}</span>}
                <span className="block break-all">{e.actorEmail}</span>
              </>
            ) : (
              <span className="text-muted">System</span>
            )}
          </td>
          <td className="px-3 py-2">{auditActionLabel(e.action)}</td>
          <td className="px-3 py-2">
            {e.targetType && (
              <>
                <span className="text-muted">{TARGET_LABELS[e.targetType] ?? e.targetType}</span>
                {e.targetLabel && <span className="block">{e.targetLabel}</span>}
              </>
            )}
          </td>
          <td className="break-all px-3 py-2 font-mono text-xs">{e.address}</td>
          <td className="px-3 py-2 text-xs">{details(e.detail, formatTime)}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
