#
# What differs per machine, included by default.vcl: the newsroom instances,
# the directors that spread requests over them, and who may purge.
# This example: two `next start` instances on this machine (ports 3001 and
# 3002, deploy/systemd/newsroom@.service). `npm run stack` writes its own
# copy with its ports (.data/stack-<port>/backends.vcl).
#
# Each instance is defined twice: appN for everything a reader or editor
# waits for, appN_refresh (at most 4 connections) for background refreshes of
# stale pages (see vcl_backend_fetch in default.vcl).
#

backend app1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = newsroom_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend app1_refresh {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = newsroom_health;
    .max_connections = 4;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = newsroom_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

backend app2_refresh {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = newsroom_health;
    .max_connections = 4;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
    new refresh = directors.round_robin();
    refresh.add_backend(app1_refresh);
    refresh.add_backend(app2_refresh);
}

# Who may send PURGE (the app instances: VARNISH_PURGE_URL). Add the
# addresses of instances on other machines.
acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}
