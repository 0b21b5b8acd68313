/** A revoked proxy of `target`: every operation on it throws a TypeError (the caller's code failing). */
export function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}
