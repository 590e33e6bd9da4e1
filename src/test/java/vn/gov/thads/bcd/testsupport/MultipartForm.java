package vn.gov.thads.bcd.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body as a browser or curl sends it: text fields, then one file
 * part. A field whose value is null is left out, as a form leaves out an empty optional field.
 */
public final class MultipartForm {

  private final String boundary = "----bcd" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public MultipartForm field(String name, String value) {
    if (value != null) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"\r\n\r\n"
              + value
              + "\r\n");
    }
    return this;
  }

  /** The file part; a quote in the name is escaped as browsers do ({@code %22}). */
  public MultipartForm file(String name, String fileName, String contentType, byte[] content) {
    write(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"; filename=\""
            + fileName.replace("\"", "%22")
            + "\"\r\nContent-Type: "
            + contentType
            + "\r\n\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  /** Sets the content type and the closed body on {@code request} as a POST. */
  public HttpRequest.Builder post(HttpRequest.Builder request) {
    write("--" + boundary + "--\r\n");
    return request
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
