vcl 4.1;

# SAS CMS front cache (Varnish 7): anonymous pages, feeds and static files are served from memory;
# anything personal passes to the app. Editors' publishing purges exactly what changed: the app
# sends PURGE for every URL that shows a changed page (core/caching/front_cache.py), and a purge bans that
# path with every query string (filters, page numbers); BAN empties a whole site when what changed
# shows on pages nobody can list (an image, the site settings).
#
# Varnish listens twice: "public" is where the TLS proxy (and so every visitor) connects; "purge" is a
# loopback port only the application is given (FRONT_CACHE_URL) and the proxy never forwards to.
# PURGE and BAN are accepted on "purge" only: "from localhost" would not do, as the TLS proxy
# connects from localhost too.
#
# deploy/varnish/__init__.py writes the backend port in and names the listeners; run it with `make serve-prod`.

backend app {
    .host = "127.0.0.1";
    .port = "8001";
    .first_byte_timeout = 60s;
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (local.socket != "purge") {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (local.socket == "purge") {
        return (synth(405, "Not allowed"));
    }

    # Tracking parameters never change a page: drop them so every visitor shares one copy.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the registration pages and manage links (in each language's words), personal feeds,
    # and anyone logged in or holding a CSRF token (a form in progress) always reach the app.
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "^/[a-z][a-z]/(registration|zapisy|reyestratsiya|calendar/personal)/") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # The display preferences (larger text, high contrast) change the page: keep that cookie's
    # value as part of the cache key and drop every other cookie.
    if (req.http.Cookie ~ "(^|;\s*)sas_display=") {
        set req.http.x-display = regsub(req.http.Cookie, "^(.*;\s*)?sas_display=([^;]*).*$", "\2");
        set req.http.Cookie = "sas_display=" + req.http.x-display;
    } else {
        unset req.http.Cookie;
    }
    return (hash);
}

sub vcl_hash {
    # http and https answers differ (a redirect to https, absolute links): never share them.
    hash_data(req.http.X-Forwarded-Proto);
    if (req.http.x-display) {
        hash_data(req.http.x-display);
    }
}

sub vcl_backend_response {
    # Remember host and path on the object, so a purge can ban them (lurker-friendly bans).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # The app's Cache-Control is honoured (private or no-store answers are never kept; static files
    # carry their own max-age). Pages without one stay until a purge says they changed (the app
    # counts on this hour: core/caching/freshness.py).
    if (!beresp.http.Cache-Control && !beresp.http.Set-Cookie) {
        if (beresp.status == 200) {
            set beresp.ttl = 1h;
        } else {
            set beresp.ttl = 1m;
        }
    }
    # A page with s-maxage stops being true when it runs out (core/caching/freshness.py): never serve it late.
    if (beresp.http.Cache-Control ~ "s-maxage") {
        set beresp.grace = 0s;
    } else {
        set beresp.grace = 1m;
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
    unset resp.http.x-host;
    unset resp.http.x-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
