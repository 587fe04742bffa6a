package app.todo.account.boundary;

import app.todo.account.control.AccountIdentityStore;
import app.todo.account.control.ApiTokens;
import app.todo.account.control.Sessions;
import app.todo.account.control.SignIns;
import app.todo.account.entity.SignInOutcome;
import app.todo.account.entity.SignedIn;
import app.todo.platform.boundary.ClientAddress;
import app.todo.platform.boundary.Problem;
import app.todo.platform.boundary.RequestEdge;
import app.todo.platform.boundary.SecurityHeaders;
import app.todo.storage.control.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How a request says who it comes from: the session cookie (the page, and same-origin calls of the API), a personal
 * API token ({@code Authorization: Bearer tdo_…}, the API only: A14), or HTTP Basic with an account's name and
 * password (scripts). A protected address without any sends a browser to the sign-in page and answers the API 401
 * with a problem. A read-only token changes nothing (A15): 403 {@code insufficient_scope}.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionMechanism.class.getName());
    static final String SIGN_IN_PAGE = "/signin.xhtml";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Basic realm=\"To-do\", charset=\"UTF-8\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"To-do\"";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Sessions sessions;

    @Inject
    SignIns signIns;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ClientAddress clientAddress;

    @Inject
    RequestEdge edge;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            // Answers of the mechanism come before any filter: they carry the headers every answer carries.
            SecurityHeaders.apply(request, response);
            if (edge.answered(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            String token = SessionCookie.read(request);
            Optional<SignedIn> session = token == null ? Optional.empty() : sessions.find(token);
            if (session.isPresent()) {
                return signedIn(request, context, session.get());
            }
            String authorization = request.getHeader("Authorization");
            if (authorization != null
                    && isApi(request)
                    && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return bearer(
                        request,
                        response,
                        context,
                        authorization.substring(BEARER.length()).strip());
            }
            if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
                return basic(
                        request,
                        response,
                        context,
                        authorization.substring(BASIC.length()).strip());
            }
            if (isApi(request)) {
                response.setHeader("WWW-Authenticate", CHALLENGE);
                response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
                Problem.write(
                        response,
                        401,
                        "Unauthorized",
                        "Sign in: an API token (Authorization: Bearer tdo_…, made on the page \"API tokens\"), HTTP Basic"
                                + " with your account's user name and password, or the page's session cookie");
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (token != null) {
                SessionCookie.clear(request, response);
            }
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            return unavailable(request, response, e);
        }
    }

    /** The database is down: the same clear 503 as every other answer then, not a sign-out. */
    private static AuthenticationStatus unavailable(
            HttpServletRequest request, HttpServletResponse response, RuntimeException failure) {
        LOG.warning(() -> "Sign-in check answered 503, database unavailable: " + DatabaseFailures.describe(failure));
        try {
            response.setHeader("Retry-After", "5");
            if (isApi(request)) {
                Problem.write(
                        response,
                        503,
                        "Service Unavailable",
                        "The database is unavailable right now; try again shortly");
            } else {
                response.sendError(503);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String secret)
            throws IOException {
        Optional<SignedIn> who = apiTokens.find(secret);
        if (who.isEmpty()) {
            response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
            Problem.write(response, 401, "Unauthorized", "The API token is unknown, revoked or expired");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (who.get().readOnly() && !SAFE_METHODS.contains(request.getMethod())) {
            response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"insufficient_scope\"");
            Problem.write(
                    response,
                    403,
                    "insufficient_scope",
                    "This API token is read only: it changes nothing. Make a token with \"Read and write\" access");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signedIn(request, context, who.get());
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String encoded)
            throws IOException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        SignInOutcome outcome = colon < 0
                ? new SignInOutcome.Refused()
                : signIns.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress.of(request));
        return switch (outcome) {
            case SignInOutcome.Accepted accepted ->
                signedIn(request, context, new SignedIn(accepted.accountId(), accepted.name(), null));
            case SignInOutcome.Throttled throttled -> {
                long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                response.setHeader("Retry-After", String.valueOf(seconds));
                Problem.write(
                        response,
                        429,
                        "Too many failed sign-ins",
                        "Too many failed sign-ins for this user name or from this address; try again in " + seconds
                                + " seconds");
                yield AuthenticationStatus.SEND_FAILURE;
            }
            case SignInOutcome.Busy busy -> {
                response.setHeader(
                        "Retry-After", String.valueOf(busy.retryAfter().toSeconds()));
                Problem.write(
                        response,
                        503,
                        "Busy",
                        "Too many passwords are being checked right now; try again in "
                                + busy.retryAfter().toSeconds() + " seconds");
                yield AuthenticationStatus.SEND_FAILURE;
            }
            case SignInOutcome.Refused refused -> {
                response.setHeader("WWW-Authenticate", CHALLENGE);
                Problem.write(response, 401, "Unauthorized", "The user name or password is wrong");
                yield AuthenticationStatus.SEND_FAILURE;
            }
        };
    }

    private static AuthenticationStatus signedIn(HttpServletRequest request, HttpMessageContext context, SignedIn who) {
        request.setAttribute(SignedIn.ATTRIBUTE, who);
        return context.notifyContainerAboutLogin(who.name(), Set.of(AccountIdentityStore.ROLE));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
