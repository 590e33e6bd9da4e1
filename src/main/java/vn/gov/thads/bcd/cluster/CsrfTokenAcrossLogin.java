package vn.gov.thads.bcd.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' CSRF token when a login replaces the session.
 *
 * <p>Camunda's login starts a new session (against session fixation) without a CSRF token, and the
 * next request that finds none makes one and sends it as the {@code XSRF-TOKEN} cookie. With
 * sessions in Tomcat's memory the requests Tasklist sends at once after a login share one session
 * object and Camunda's lock on it: one token. With sessions in the database every request works on
 * its own copy, so each makes a token of its own; the browser keeps one, the database another, and
 * the next write is refused (403) and the login ended — on one node as on several. So the new
 * session takes over the token of the session it replaces, which the browser already holds; the
 * session id still changes.
 */
public class CsrfTokenAcrossLogin extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession before = request.getSession(false);
    Object token =
        before == null ? null : before.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (token == null) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public HttpSession getSession(boolean create) {
            return withToken(super.getSession(create));
          }

          @Override
          public HttpSession getSession() {
            return withToken(super.getSession());
          }

          private HttpSession withToken(HttpSession session) {
            if (session != null
                && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) == null) {
              session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
            }
            return session;
          }
        },
        response);
  }
}
