// Fetches a JSON path and re-fetches when it changes or when reload() is called.
import { useCallback, useEffect, useState } from "react";
import { getJson } from "./api";

export interface ApiState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean; path: string | null }>({
    data: null, error: null, loading: path !== null, path,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const ac = new AbortController();
    setState((s) => ({ data: s.path === path ? s.data : null, error: null, loading: true, path }));
    getJson<T>(path, ac.signal).then(
      (data) => setState({ data, error: null, loading: false, path }),
      (e: unknown) => {
        if (ac.signal.aborted) return;
        setState({ data: null, error: e instanceof Error ? e.message : String(e), loading: false, path });
      },
    );
    return () => ac.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.path === path ? state.data : null, error: state.error, loading: state.loading, reload };
}
