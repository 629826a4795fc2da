package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.entity.Binding;

/** One binding of a resident, as an officer sees it: which account, since when, and whether it still holds. */
public record BindingRecord(long id, String account, Instant boundAt, Instant undoneAt, boolean inForce) {

    static BindingRecord of(Binding binding) {
        return new BindingRecord(binding.id(), binding.account(), binding.boundAt(), binding.undoneAt(),
                binding.isInForce());
    }
}
