export declare const PUBLIC_CSP: string;
export declare function adminCsp(nonce: string, options?: { dev?: boolean }): string;
export declare const HSTS: string;
export declare const SECURITY_HEADERS: readonly { key: string; value: string }[];
