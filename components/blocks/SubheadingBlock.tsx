export function SubheadingBlock({ text }: { text: string }) {
  return <h2 className="mb-3 mt-8 font-serif text-2xl font-bold">{text}</h2>;
}
