package io.marketsync.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /services/oauth2/authorize}: a login and consent page for the web server flow. GET shows
 * the form; POST checks the user's password and redirects to {@code redirect_uri} with
 * {@code code} and {@code state}, or with {@code error=access_denied} when the user denies.
 */
final class AuthorizePage {

    private static final String[] CARRIED = {
        "response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method"
    };

    private final ConnectedApp app;
    private final OrgUsers users;
    private final Sessions sessions;

    AuthorizePage(ConnectedApp app, OrgUsers users, Sessions sessions) {
        this.app = app;
        this.users = users;
        this.sessions = sessions;
    }

    void handle(HttpExchange exchange) throws IOException {
        boolean post = "POST".equals(exchange.getRequestMethod());
        Map<String, String> params = post ? SimHttp.params(SimHttp.bodyText(exchange)) : SimHttp.query(exchange);
        String problem = requestProblem(params);
        if (problem != null) {
            SimHttp.sendText(
                    exchange, 400, "text/html;charset=UTF-8", page("<p class=error>" + html(problem) + "</p>"));
            return;
        }
        if (!post) {
            SimHttp.sendText(exchange, 200, "text/html;charset=UTF-8", loginForm(params, null));
            return;
        }
        if (!"allow".equals(params.get("consent"))) {
            redirect(
                    exchange,
                    params,
                    "error=access_denied&error_description=" + encode("end-user denied authorization"));
            return;
        }
        var user = users.authenticate(params.get("username"), params.get("password"));
        if (user.isEmpty()) {
            SimHttp.sendText(
                    exchange,
                    200,
                    "text/html;charset=UTF-8",
                    loginForm(params, "Please check your username and password."));
            return;
        }
        String scope = params.getOrDefault("scope", "api refresh_token");
        String challenge = "S256".equals(params.get("code_challenge_method")) ? params.get("code_challenge") : null;
        String code = sessions.issueCode(
                new Sessions.Grant(user.get().id(), app.clientId(), scope), params.get("redirect_uri"), challenge);
        redirect(exchange, params, "code=" + encode(code));
    }

    private String requestProblem(Map<String, String> params) {
        if (!app.clientId().equals(params.get("client_id"))) {
            return "error=invalid_client_id: client identifier invalid";
        }
        if (!"code".equals(params.get("response_type"))) {
            return "error=unsupported_response_type: response type not supported";
        }
        String redirect = params.getOrDefault("redirect_uri", "");
        if (!redirect.startsWith("http://") && !redirect.startsWith("https://")) {
            return "error=redirect_uri_mismatch: redirect_uri must match configuration";
        }
        String method = params.get("code_challenge_method");
        if (params.containsKey("code_challenge") && method != null && !"S256".equals(method)) {
            return "error=invalid_request: code_challenge_method must be S256";
        }
        return null;
    }

    private static void redirect(HttpExchange exchange, Map<String, String> params, String result) throws IOException {
        String target = params.get("redirect_uri");
        String state = params.get("state");
        String location =
                target + (target.contains("?") ? "&" : "?") + result + (state == null ? "" : "&state=" + encode(state));
        exchange.getResponseHeaders().set("Location", location);
        SimHttp.send(exchange, 302, null, new byte[0]);
    }

    private static String loginForm(Map<String, String> params, String error) {
        StringBuilder form = new StringBuilder();
        if (error != null) {
            form.append("<p class=error>").append(html(error)).append("</p>\n");
        }
        form.append("<form method=post action=\"/services/oauth2/authorize\">\n");
        for (String name : CARRIED) {
            String value = params.get(name);
            if (value != null) {
                form.append("<input type=hidden name=\"")
                        .append(name)
                        .append("\" value=\"")
                        .append(html(value))
                        .append("\">\n");
            }
        }
        form.append("<label>Username <input name=username autocomplete=username></label>\n")
                .append("<label>Password <input name=password type=password autocomplete=current-password></label>\n")
                .append("<p>Allow access to your data (")
                .append(html(params.getOrDefault("scope", "api refresh_token")))
                .append(")?</p>\n")
                .append(
                        "<button name=consent value=allow>Allow</button> <button name=consent value=deny>Deny</button>\n")
                .append("</form>");
        return page(form.toString());
    }

    private static String page(String body) {
        return "<!doctype html>\n<html><head><meta charset=utf-8><title>Log In | Simulated Salesforce</title></head>\n"
                + "<body><h1>Log in to the simulated org</h1>\n" + body + "\n</body></html>\n";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
