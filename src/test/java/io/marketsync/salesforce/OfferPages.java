package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mapped pages as the AWS offer and listing mappings produce them. */
final class OfferPages {

    static final String OFFER = "Marketplace_Offer__c";
    static final String LISTING = "Marketplace_Listing__c";

    private OfferPages() {}

    static MappedRecord listing(String listingId, String name) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", Map.of("type", LISTING));
        record.put("Listing_Id__c", listingId);
        record.put("Name", name);
        record.put("Cloud__c", "AWS");
        return new MappedRecord(
                LISTING, "Listing_Id__c", listingId, "aws/listing.yaml", listingId, record, Set.of(), Set.of());
    }

    static MappedRecord offer(String offerId, String name, String cloud, String listingId) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", Map.of("type", OFFER));
        record.put("Offer_Id__c", offerId);
        record.put("Name", name);
        record.put("Cloud__c", cloud);
        record.put("Listing__r", Map.of("Listing_Id__c", listingId));
        return new MappedRecord(
                OFFER, "Offer_Id__c", offerId, "aws/offer.yaml", offerId, record, Set.of(LISTING), Set.of());
    }

    static List<MappedRecord> offers(int count, String listingId, String nameSuffix) {
        List<MappedRecord> page = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            page.add(offer("offer-" + i, "Offer " + i + nameSuffix, "AWS", listingId));
        }
        return page;
    }
}
