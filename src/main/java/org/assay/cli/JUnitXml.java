package org.assay.cli;

import org.assay.tester.PackReport;
import org.assay.tester.PropertyResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a pack's report as JUnit XML, one test case per test and per property, so CI servers can show it. */
final class JUnitXml {

    private JUnitXml() {
    }

    static void write(PackReport report, Path file, long millis) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", report.pack());
            xml.writeAttribute("tests", String.valueOf(report.summary().tests() + report.summary().properties()));
            xml.writeAttribute("failures", String.valueOf(report.summary().testsFailed() + report.summary().propertiesFailed()));
            xml.writeAttribute("time", String.valueOf(millis / 1000.0));
            for (PackReport.TestCase test : report.tests()) {
                testCase(xml, report.pack() + ".tests", test.test(),
                        "PASS".equals(test.status()) ? null : String.join("\n", test.differences()));
            }
            for (PropertyResult property : report.properties()) {
                testCase(xml, report.pack() + ".properties", property.name(), property.passed() ? null : property.report());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, String className, String name, String failure) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", name);
        if (failure != null) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", failure.lines().findFirst().orElse("failed"));
            xml.writeCharacters(failure);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
