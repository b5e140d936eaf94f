import type { ReactNode } from 'react';

/** Shows its children only when the caller may (ant-design-pro `<Access>`). */
export function Access({
  accessible,
  fallback = null,
  children,
}: {
  accessible: boolean;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  return accessible ? children : fallback;
}
