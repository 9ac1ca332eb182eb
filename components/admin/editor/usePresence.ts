'use client';

import { useEffect, useState } from 'react';
import * as api from './api';

/** Who else has the article open: a heartbeat every 10 s while it is open here; leaving says so. */
export function usePresence(articleId: string | null): api.Presence[] {
  const [others, setOthers] = useState<api.Presence[]>([]);
  useEffect(() => {
    if (!articleId) return;
    let stopped = false;
    const beat = async () => {
      const list = await api.heartbeat(articleId);
      if (!stopped && list) setOthers(list);
    };
    void beat();
    const timer = setInterval(beat, 10_000);
    const onHide = () => api.leave(articleId);
    window.addEventListener('pagehide', onHide);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      api.leave(articleId);
    };
  }, [articleId]);
  return others;
}
