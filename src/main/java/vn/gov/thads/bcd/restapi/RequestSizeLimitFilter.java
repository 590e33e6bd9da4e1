package vn.gov.thads.bcd.restapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the configured limit on the REST APIs (engine-rest and the
 * webapps' API), with HTTP 413 and a Vietnamese message, before anything reads or stores them.
 * Bodies of unknown length (chunked) are read up to the limit and refused past it; a body within
 * the limit is handed on unchanged.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  /**
   * A request attribute set by a filter before this one that has checked the request's size against
   * a limit of its own (document uploads): this filter then leaves the request alone.
   */
  public static final String CHECKED_ELSEWHERE =
      RequestSizeLimitFilter.class.getName() + ".elsewhere";

  private final long maxBytes;
  private final ObjectMapper json;

  /**
   * {@code json}: the application's mapper (the filter is registered by {@link
   * RequestSizeLimitConfiguration}).
   */
  public RequestSizeLimitFilter(DataSize max, ObjectMapper json) {
    this.maxBytes = max.toBytes();
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getAttribute(CHECKED_ELSEWHERE) != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response, declared);
      return;
    }
    if (declared >= 0 || !hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(response, -1);
      return;
    }
    chain.doFilter(new BufferedBodyRequest(request, body), response);
  }

  /**
   * A body of unknown length that this filter may read itself. Form posts (the webapps' login) are
   * left to the servlet container, which reads them as parameters and limits them itself ({@code
   * server.tomcat.max-http-form-post-size}).
   */
  private static boolean hasBody(HttpServletRequest request) {
    String type =
        request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    return request.getHeader("Transfer-Encoding") != null
        && !type.startsWith("application/x-www-form-urlencoded")
        && !type.startsWith("multipart/");
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while (total < limit
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) != -1) {
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  private void refuse(HttpServletResponse response, long declared) throws IOException {
    String size = declared > 0 ? " (" + readable(declared) + ")" : "";
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // The client may still be sending; closing the connection spares reading the rest.
    response.setHeader("Connection", "close");
    json.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "RequestTooLarge",
            "message",
            "Dữ liệu gửi lên quá lớn"
                + size
                + ": mỗi yêu cầu tối đa "
                + readable(maxBytes)
                + ". Không có gì được lưu; hãy rút gọn nội dung rồi gửi lại.",
            "code",
            0));
  }

  static String readable(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024) {
      return String.format(Locale.forLanguageTag("vi-VN"), "%,d KB", (bytes + 1023) / 1024);
    }
    return bytes + " byte";
  }

  /** The request with its body already read into memory. */
  static final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
