/** Finding a free TCP port on 127.0.0.1 for the server. */
import net from 'node:net';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function ephemeralPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `preferred` or one of the next 19 ports if free (skipping `avoid`), else any free port. */
export async function choosePort(preferred: number, avoid: Set<number>): Promise<number> {
  for (let port = preferred; port < preferred + 20; port++) {
    if (!avoid.has(port) && (await isPortFree(port))) return port;
  }
  return ephemeralPort();
}
