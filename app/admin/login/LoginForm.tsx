'use client';

import { useState } from 'react';
import { buttonClass, FormError, TextField } from '@/components/admin/fields';

/**
 * Posts to /admin/api/sign-in. With JavaScript: fetch, show the error in
 * place or go to the next page. Without: a normal form post (the route
 * redirects back here with the error).
 */
export function LoginForm({ next, initialEmail, initialError }: { next: string; initialEmail: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } });
      const body = (await response.json().catch(() => ({}))) as { redirectTo?: string; error?: string };
      if (response.ok && body.redirectTo) {
        // A full navigation, so every server component sees the new session.
        window.location.assign(body.redirectTo);
        return;
      }
      setError(body.error ?? 'Sign-in failed. Try again.');
      const password = form.elements.namedItem('password');
      if (password instanceof HTMLInputElement) {
        password.value = '';
        password.focus();
      }
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    }
    setPending(false);
  }

  return (
    <form method="post" action="/admin/api/sign-in" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div aria-live="polite">
        <FormError message={error} />
      </div>
      <input type="hidden" name="next" value={next} />
      <TextField id="login-email" name="email" label="Email" type="email" autoComplete="username" defaultValue={initialEmail} autoFocus={!initialEmail} />
      <TextField id="login-password" name="password" label="Password" type="password" autoComplete="current-password" autoFocus={!!initialEmail} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
