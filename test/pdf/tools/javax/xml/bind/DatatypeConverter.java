// Stand-in for the JAXB methods PDFBox Preflight and xmpbox call (JAXB left the JDK in
// Java 11 and Debian's PDFBox does not depend on it): parseInt and an xsd:dateTime parser.
package javax.xml.bind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;

public final class DatatypeConverter {
  private DatatypeConverter() {}

  public static int parseInt(String value) { return Integer.parseInt(value.trim()); }

  public static Calendar parseDateTime(String value) {
    String v = value.trim();
    ZonedDateTime time;
    try {
      time = OffsetDateTime.parse(v).toZonedDateTime();
    } catch (RuntimeException e1) {
      try {
        time = LocalDateTime.parse(v).atZone(ZoneOffset.UTC);
      } catch (RuntimeException e2) {
        time = LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC);
      }
    }
    return GregorianCalendar.from(time);
  }
}
