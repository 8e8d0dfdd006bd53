// A small X home timeline in the real structure (data-testid hooks, time links, group
// aria-label counts), with our own Indonesian text. `texts` become posts with ids
// 1790000000000000001, …02 and so on (offset by `firstId - 1`).
export function xTimeline(texts: string[], firstId = 1): string {
  const cells = texts
    .map((text, i) => {
      const id = String(1790000000000000000n + BigInt(firstId + i));
      const handle = `warga_${i + 1}`;
      const safe = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return `<div data-testid="cellInnerDiv" style="min-height:220px"><article data-testid="tweet" role="article" tabindex="0">
  <div data-testid="User-Name"><a href="/${handle}"><span>Warga ${i + 1}</span></a><a href="/${handle}"><span>@${handle}</span></a>
  <a href="/${handle}/status/${id}"><time datetime="2026-11-20T03:0${i % 10}:00.000Z">20 Nov</time></a></div>
  <div data-testid="tweetText" lang="in"><span>${safe}</span></div>
  <div role="group" aria-label="${i + 1} balasan, ${2 * i} suka"></div>
</article></div>`;
    })
    .join('\n');
  return `<!doctype html><html lang="id"><body><main><div data-testid="primaryColumn"><section>${cells}</section></div></main></body></html>`;
}
