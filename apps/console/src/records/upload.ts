import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The file's SHA-256 (lowercase hex), read chunk by chunk from disk: a large scan is never held in
 * memory whole. Pure JavaScript, since the console's CSP allows no WebAssembly.
 */
export async function sha256OfFile(file: Blob): Promise<string> {
  const hash = sha256.create();
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return bytesToHex(hash.digest());
}

export interface UploadForm {
  url: string;
  method: string;
  fields: readonly { name: string; value: string }[];
}

/** Why sending the bytes failed: the store's answer (its JSON message when it sent one) or the network. */
export class UploadSendError extends Error {}

/**
 * Sends the file to where the ticket says, reporting progress (0–1). The signed form is posted when it
 * names this origin (the console's CSP connects nowhere else); otherwise the bytes stream through the
 * gateway's upload path with the bearer token. Either way the browser streams the file from disk.
 */
export function sendFile(
  file: File,
  ticket: { upload: UploadForm; streamUploadPath: string },
  token: string,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const formUrl = new URL(ticket.upload.url, window.location.href);
  const viaForm = formUrl.origin === window.location.origin;
  const xhr = new XMLHttpRequest();
  return new Promise((resolve, reject) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
        return;
      }
      let message = `HTTP ${xhr.status}`;
      try {
        message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message;
      } catch {
        // Not JSON: the status says enough.
      }
      reject(new UploadSendError(message));
    };
    xhr.onerror = () => reject(new UploadSendError(`HTTP ${xhr.status || 0}`));
    if (viaForm) {
      // Every field in the order given, then the file last, named "file" (the signed form's contract).
      const form = new FormData();
      for (const { name, value } of ticket.upload.fields) form.append(name, value);
      form.append('file', file, file.name);
      xhr.open(ticket.upload.method, formUrl.pathname + formUrl.search);
      xhr.send(form);
    } else {
      xhr.open('PUT', ticket.streamUploadPath);
      xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
      xhr.send(file);
    }
  });
}
