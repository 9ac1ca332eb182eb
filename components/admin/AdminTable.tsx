/** A scrollable admin table: screen-reader caption, column headings, rows as children. */
export function AdminTable({ caption, columns, children }: { caption: string; columns: React.ReactNode[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-paper">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
