package org.sitepass.platform;

/** How a message reaches a person. Only SMS so far: residents and contacts are known by their mobiles. */
public enum MessageChannel {
    SMS
}
