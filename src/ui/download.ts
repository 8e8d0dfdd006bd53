/**
 * Saves a file from an extension page through a Blob URL and an <a download>: no `downloads`
 * permission, and nothing leaves the machine. The URL is revoked once the browser has it.
 */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
