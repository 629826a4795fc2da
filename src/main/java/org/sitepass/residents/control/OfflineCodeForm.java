package org.sitepass.residents.control;

import jakarta.validation.Valid;

/** An officer's request for a card: the holder's document and name, and the proxy who collects it, if any. */
public class OfflineCodeForm extends PersonDocumentForm {

    private static final long serialVersionUID = 1L;

    @Valid
    private ProxyForm proxy;

    public ProxyForm getProxy() {
        return proxy;
    }

    public void setProxy(ProxyForm proxy) {
        this.proxy = proxy;
    }
}
