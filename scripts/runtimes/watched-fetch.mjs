/* global fetch */
// Shared by smoke.mjs and page.mjs: a fetch that says when the event stream's response has
// arrived. The router subscribes before answering, so an action taken after that point is
// delivered live on that stream.
export function watchedFetch() {
  let streamOpened;
  const opened = new Promise((resolve) => (streamOpened = resolve));
  const fetchAndWatch = async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.includes("/v1/exec/events")) streamOpened();
    return response;
  };
  return { fetch: fetchAndWatch, opened };
}
