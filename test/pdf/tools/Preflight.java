// PDFBox Preflight (PDF/A-1b) without javax.activation, which Debian's
// Validator_A1b main class needs but does not depend on. Prints one line per error
// and exits 0 when the file is valid.
import java.io.File;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.exception.SyntaxValidationException;
import org.apache.pdfbox.preflight.parser.PreflightParser;

public class Preflight {
  public static void main(String[] args) throws Exception {
    int invalid = 0;
    for (String name : args) {
      ValidationResult result;
      PreflightParser parser = new PreflightParser(new File(name));
      try {
        parser.parse();
        PreflightDocument document = parser.getPreflightDocument();
        document.validate();
        result = document.getResult();
        document.close();
      } catch (SyntaxValidationException e) {
        result = e.getResult();
      }
      if (result.isValid()) {
        System.out.println(name + ": valid PDF/A-1b");
      } else {
        invalid++;
        for (ValidationError error : result.getErrorsList()) {
          System.out.println(name + ": " + error.getErrorCode() + " " + error.getDetails());
        }
      }
    }
    System.exit(invalid == 0 ? 0 : 1);
  }
}
