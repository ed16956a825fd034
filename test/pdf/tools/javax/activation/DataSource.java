// Minimal stand-in for the JavaBeans Activation Framework, which Debian's PDFBox
// Preflight references but does not depend on. Only what Preflight uses.
package javax.activation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

public interface DataSource {
  InputStream getInputStream() throws IOException;
  OutputStream getOutputStream() throws IOException;
  String getContentType();
  String getName();
}
