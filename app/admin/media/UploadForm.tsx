'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { buttonClass, FieldError, FormError, FormSuccess } from '@/components/admin/fields';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/gif';
const MAX_BYTES = 10 * 1024 * 1024;

/** Posts the chosen image to /admin/api/media/upload, then refreshes the library. */
export function UploadForm() {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fileError, setFileError] = useState<string>();
  const [success, setSuccess] = useState<string>();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(undefined);
    setFileError(undefined);
    setSuccess(undefined);
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFileError('Choose an image to upload.');
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError('The file is too large: images may be 10 MB at most.');
      return;
    }
    setPending(true);
    try {
      const res = await fetch('/admin/api/media/upload', { method: 'POST', body: data });
      const body = (await res.json().catch(() => ({}))) as { item?: { filename: string; width: number; height: number }; error?: string };
      if (!res.ok || !body.item) {
        if (res.status === 413 || res.status === 415) setFileError(body.error ?? 'That file cannot be uploaded.');
        else setError(body.error ?? `The upload failed (HTTP ${res.status}).`);
        return;
      }
      setSuccess(`Uploaded ${body.item.filename} (${body.item.width} × ${body.item.height}).`);
      form.current?.reset();
      router.refresh();
    } catch {
      setError('The upload failed: the server could not be reached. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form} onSubmit={onSubmit} className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <div aria-live="polite" className="sm:col-span-2 empty:hidden">
        <FormError message={error} />
        <FormSuccess message={success} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="upload-file" className="block text-sm font-semibold">
          Image file
        </label>
        <p id="upload-file-hint" className="text-sm text-muted">
          JPEG, PNG, WebP, AVIF or GIF, 10 MB at most. Stored as a web JPEG (WebP if transparent), at most 2400 px wide.
        </p>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept={ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'upload-file-hint upload-file-error' : 'upload-file-hint'}
          className="mt-1 block w-full text-sm"
        />
        <FieldError id="upload-file-error" message={fileError} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="upload-alt" className="block text-sm font-semibold">
          Alt text <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="upload-alt" name="alt" maxLength={300} className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2" />
      </div>
      <div>
        <label htmlFor="upload-caption" className="block text-sm font-semibold">
          Caption <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="upload-caption" name="caption" maxLength={500} className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2" />
      </div>
      <div>
        <label htmlFor="upload-credit" className="block text-sm font-semibold">
          Credit <span className="font-normal text-muted">(optional)</span>
        </label>
        <input id="upload-credit" name="credit" maxLength={200} className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2" />
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? 'Uploading…' : 'Upload'}
        </button>
      </div>
    </form>
  );
}
