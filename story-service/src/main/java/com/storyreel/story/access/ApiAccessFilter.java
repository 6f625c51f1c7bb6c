package com.storyreel.story.access;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lets a request through only when its caller may make it. With API keys configured, every path but
 * the health probes and the vendor webhooks (which prove themselves with their own secrets) needs
 * {@code Authorization: Bearer <key>}, and each key is held to its requests-per-minute quota; the studio page
 * and its assets load without one (a browser cannot send a key for a page it opens), and ask for the key
 * the API calls they make need. Without
 * keys the gateway listens on loopback only, and the Host header must name loopback too, so a web page
 * cannot reach it through DNS rebinding. The path is the servlet path, which the server has already
 * decoded and normalised, so no spelling of a protected path reads as an open one.
 */
class ApiAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiAccessFilter.class);

    static final URI UNAUTHORIZED = URI.create("https://storyreel.dev/problems/unauthorized");
    static final URI TOO_MANY_REQUESTS = URI.create("https://storyreel.dev/problems/too-many-requests");
    static final URI WRONG_HOST = URI.create("https://storyreel.dev/problems/wrong-host");

    private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?",
            Pattern.CASE_INSENSITIVE);

    private final ApiKeys keys;
    private final RequestRate rate;
    private final JsonMapper json;

    ApiAccessFilter(ApiKeys keys, RequestRate rate, JsonMapper json) {
        this.keys = keys;
        this.rate = rate;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.startsWith("/webhooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keys.isEmpty()) {
            String host = request.getHeader(HttpHeaders.HOST);
            if (host == null || !LOOPBACK_HOST.matcher(host).matches()) {
                refuse(request, response, HttpStatus.FORBIDDEN, WRONG_HOST, "Wrong host",
                        "Without STORYREEL_API_KEYS the gateway answers only requests addressed to localhost, 127.0.0.1 or [::1]");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isStudioPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = bearer(request).flatMap(keys::callerOf);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            refuse(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, "Unauthorized",
                    "Send one of the gateway's API keys as Authorization: Bearer <key>");
            return;
        }
        Optional<Duration> wait = rate.take(caller.get());
        if (wait.isPresent()) {
            var exceeded = new QuotaExceededException("This key made more requests this minute than allowed"
                    + " (storyreel.access.requests-per-minute)", wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(exceeded.retryAfterSeconds()));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, "Too many requests", exceeded.getMessage());
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    /** GET of the page at {@code /} or of its files under {@code /studio/}: static, holding no story. */
    private static boolean isStudioPage(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return "GET".equals(request.getMethod())
                && (path.equals("/") || path.equals("/index.html") || path.startsWith("/studio/"));
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String key = authorization.substring(7).trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type, String title,
            String detail) throws IOException {
        // The raw URI: still encoded, so it can neither split a log line nor fail to parse as the instance.
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), title);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
