package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.annotation.ElementType;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class EverythingReachableTest {

    @Test
    void everyPropertyIsReachableAndCascadable() {
        EverythingReachable resolver = new EverythingReachable();
        assertTrue(resolver.isReachable(new Object(), null, Object.class, null, ElementType.FIELD));
        assertTrue(resolver.isCascadable(new Object(), null, Object.class, null, ElementType.METHOD));
    }

    @Test
    void validationXmlNamesItAndLeavesTheMessagesAlone() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document config;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/validation.xml")) {
            config = factory.newDocumentBuilder().parse(xml);
        }
        NodeList resolvers = config.getElementsByTagNameNS("*", "traversable-resolver");
        assertEquals(1, resolvers.getLength());
        assertEquals(EverythingReachable.class, Class.forName(resolvers.item(0).getTextContent().trim()));
        assertEquals(0, config.getElementsByTagNameNS("*", "message-interpolator").getLength(),
                "the default interpolator reads ValidationMessages");
    }
}
