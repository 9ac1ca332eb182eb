#
# Varnish 7.1 (Debian 12: apt-get install varnish varnish-modules) in front of
# one or more newsroom instances (`next start`). README, "Deploying behind
# Varnish"; docs/decisions/010-varnish.md.
#
#   - public pages are cached with the TTL the app sends (s-maxage) and tagged
#     with the app's surrogate keys (`xkey` response header: the page's cache
#     tags, added by cache-handlers/surrogate-keys.mjs when the app has
#     VARNISH_PURGE_URL);
#   - the app purges by key after every write: `PURGE /` with header
#     `xkey: <tags>`, accepted only from the `purgers` ACL (backends.vcl);
#     a soft purge: the old copy stops being fresh but is kept for grace;
#   - staff pages (/admin), any request with the session cookie, and any
#     method other than GET/HEAD go to the app uncached;
#   - responses with Set-Cookie or Cache-Control private/no-store/no-cache are
#     never cached; a cacheable response without surrogate keys lives 1 s
#     (it could not be purged), immutable files keep their TTL;
#   - 404 and 410 answers live 10 s at most, with no grace;
#   - tracking parameters (utm_*, fbclid, gclid) are removed from the URL;
#     every other parameter (_rsc, page, q) stays in the cache key;
#   - grace: a page purged or expired less than 30 s ago is answered from the
#     stale copy while one background fetch gets the new one; while the app is
#     down (health probe sick, or a 5xx answer) stale pages up to 24 h old are
#     served.
#
# Everything that differs per machine (backends, the directors, the purgers
# ACL) is in backends.vcl, found on vcl_path (varnishd -p vcl_path=…).
#
vcl 4.1;

import directors;
import std;
import xkey;

# Health of each instance: sick after 3 failed probes out of the last 5 (about
# 15 s; an instance that refuses connections, e.g. one shutting down, is
# skipped at once, see vcl_backend_error). The probe asks /healthz (liveness),
# not /readyz: the database and Redis are shared, so in their outage /readyz
# fails on every instance at once and Varnish would answer its own 503 for
# every uncached page. With /healthz the instances keep answering: cached
# pages from Next's cache, the others the app's styled 503 with Retry-After,
# which vcl_deliver turns into a stale copy when Varnish has one.
probe newsroom_health {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-health-probe"
        "Connection: close";
    .interval = 5s;
    .timeout = 4s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

# Backends (using the probe above), the `app` and `refresh` directors and the
# `purgers` ACL.
include "backends.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        # Only directly from a purger (a proxy in front would add to X-Forwarded-For).
        if (client.ip !~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey) {
            return (synth(400, "PURGE needs an xkey header"));
        }
        set req.http.xkey-purged = xkey.softpurge(req.http.xkey);
        return (synth(200, "Purged"));
    }

    set req.backend_hint = app.backend();
    # Grace: while the app is down (or, after a restart below, when it
    # answered a 5xx) any stale copy up to 24 h old. Otherwise a page purged or
    # expired less than 30 s ago is answered from the stale copy while one
    # background fetch renders the new one (readers do not queue behind
    # renders, also when a publish makes the app re-render many pages); older
    # ones are fetched before answering.
    if (req.http.x-newsroom-stale-ok || !std.healthy(req.backend_hint)) {
        set req.grace = 24h;
    } else {
        set req.grace = 30s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff pages, and anyone signed in (or in draft mode), always go to the app.
    if (req.url ~ "^/admin(/|\?|$)") {
        return (pass);
    }
    if (req.http.Cookie) {
        if (req.http.Cookie ~ "(^|;)\s*(newsroom_session|__prerender_bypass)=") {
            return (pass);
        }
        # Readers' other cookies (analytics, consent) never reach the app.
        unset req.http.Cookie;
    }
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.url ~ "(?i)[?&](utm_[a-z0-9_]*|fbclid|gclid)(=|&|$)") {
        set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid)(=[^&]*)?(?=&|$)", "\1");
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    return (hash);
}

sub vcl_miss {
    # Marks a request whose answer comes from the app (see vcl_deliver).
    set req.http.x-newsroom-fetched = "1";
}

sub vcl_backend_fetch {
    unset bereq.http.x-newsroom-fetched;
    unset bereq.http.x-newsroom-stale-ok;
    # Background refreshes (readers already have the stale copy) use the
    # `refresh` director, whose backends take a few connections each: a
    # publish that purges hundreds of pages cannot flood the app and starve
    # editors and first readers of new pages. A refresh that finds no free
    # connection is dropped (vcl_backend_error) and retried by a later reader.
    if (bereq.is_bgfetch) {
        set bereq.backend = refresh.backend();
    }
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        # pass: never stored.
        return (deliver);
    }
    if (beresp.status >= 500) {
        # Keep the stale copy: a background refresh gives up, a foreground
        # one stores nothing (ttl 0, so no hit-for-miss hides the stale copy
        # from the restart in vcl_deliver).
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)" || beresp.http.Vary == "*" || beresp.ttl <= 0s) {
        # Per-reader or not meant for caching: hit-for-miss, so the next
        # requests go to the app in parallel (and a cacheable answer is stored).
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.status == 404 || beresp.status == 410) {
        # Misses are purged by key like pages (publishing at a path that was a
        # 404 purges `latest`), but never kept long: 10 s at most, and no
        # grace (a stale 404 must not hide a new story).
        if (beresp.ttl > 10s) {
            set beresp.ttl = 10s;
        }
        set beresp.grace = 0s;
        return (deliver);
    }
    if (!beresp.http.xkey && beresp.http.Cache-Control !~ "(?i)immutable" && bereq.url !~ "^/_next/image\?") {
        # No surrogate keys: nothing could purge it, so only a moment.
        if (beresp.ttl > 1s) {
            set beresp.ttl = 1s;
        }
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # The instance did not answer (down, restarting): try another one.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # A background refresh keeps the stale copy.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
}

sub vcl_deliver {
    # The app failed (5xx or unreachable): once more, allowing a stale copy.
    if (resp.status >= 500 && req.http.x-newsroom-fetched && req.restarts == 0) {
        set req.http.x-newsroom-stale-ok = "1";
        return (restart);
    }
    # Surrogate keys are for this cache only.
    unset resp.http.xkey;
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.xkey-purged = req.http.xkey-purged;
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = "Purged " + req.http.xkey-purged + " objects" + {"
"};
        return (deliver);
    }
}
