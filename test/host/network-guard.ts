// Records every network call made through the extension host's global APIs (fetch, XMLHttpRequest, WebSocket,
// EventSource, sendBeacon, importScripts), from the moment the test entry loads. The runner's request log sees what
// reaches the network; this also sees calls that the workbench's Content-Security-Policy stops before they do.
// index.ts imports this module first. Calls still go through: the guard only writes them down.

export interface NetworkAttempt {
  api: string;
  url: string;
}

const attempts: NetworkAttempt[] = [];

export function networkAttempts(): readonly NetworkAttempt[] {
  return attempts;
}

type AnyFunction = (...args: never[]) => unknown;
const g = globalThis as unknown as Record<string, unknown>;

function urlOf(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object' && 'url' in input) return String((input as { url: unknown }).url);
  return String(input);
}

function wrapFunction(name: string): void {
  const original = g[name];
  if (typeof original !== 'function') return;
  g[name] = function (this: unknown, ...args: unknown[]) {
    attempts.push({ api: name, url: urlOf(args[0]) });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}

function wrapConstructor(name: string): void {
  const Original = g[name] as (new (...args: unknown[]) => object) | undefined;
  if (typeof Original !== 'function') return;
  const Wrapped = new Proxy(Original, {
    construct(target, args: unknown[], newTarget) {
      attempts.push({ api: name, url: urlOf(args[0]) });
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  g[name] = Wrapped;
}

wrapFunction('fetch');
wrapFunction('importScripts');
wrapConstructor('WebSocket');
wrapConstructor('EventSource');

const xhr = g.XMLHttpRequest as { prototype: { open: AnyFunction } } | undefined;
if (xhr) {
  const open = xhr.prototype.open;
  xhr.prototype.open = function (this: unknown, ...args: unknown[]) {
    attempts.push({ api: 'XMLHttpRequest', url: urlOf(args[1]) });
    return (open as (...a: unknown[]) => unknown).apply(this, args);
  } as AnyFunction;
}

const nav = g.navigator as { sendBeacon?: AnyFunction } | undefined;
if (nav?.sendBeacon) {
  const sendBeacon = nav.sendBeacon;
  nav.sendBeacon = function (this: unknown, ...args: unknown[]) {
    attempts.push({ api: 'sendBeacon', url: urlOf(args[0]) });
    return (sendBeacon as (...a: unknown[]) => unknown).apply(this, args);
  } as AnyFunction;
}
