import { NotFoundMessage } from '@/components/site/NotFoundMessage';

/** Static (no database): shown with a real 404 status for unknown URLs. Article URLs have their own (with the latest news). */
export default function NotFound() {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-16">
      <NotFoundMessage />
    </main>
  );
}
