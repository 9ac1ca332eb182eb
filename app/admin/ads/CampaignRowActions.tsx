'use client';

import { useActionState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/admin/fields';
import { deleteCampaignAction, toggleCampaignAction, type CampaignRowState } from './actions';

/** Activate / deactivate one campaign from the list. */
export function ToggleCampaign({ id, name, active }: { id: string; name: string; active: boolean }) {
  const [state, action, pending] = useActionState<CampaignRowState, FormData>(toggleCampaignAction, {});
  return (
    <div>
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={`${active ? 'Deactivate' : 'Activate'} ${name}`}>
          {active ? 'Deactivate' : 'Activate'}
        </button>
      </form>
      <div aria-live="polite" className="text-sm">
        {state.error ? (
          <p role="alert" className="mt-1 font-medium text-brand">
            {state.error}
          </p>
        ) : state.success ? (
          <p className="mt-1 text-green-800">{state.success}</p>
        ) : null}
      </div>
    </div>
  );
}

/** Deletes a campaign (then back to the list). */
export function DeleteCampaign({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<CampaignRowState, FormData>(deleteCampaignAction, {});
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={`${buttonClass} bg-ink`} disabled={pending} aria-label={`Delete ${name}`}>
        {pending ? 'Deleting…' : 'Delete campaign'}
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm font-medium text-brand">
          {state.error}
        </p>
      )}
    </form>
  );
}
