package org.counterpoint.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list of a project's items that finds an item by its id, and the items filed under
 * a key (a highlight's document, a comparison's linked highlights), without walking the list: the
 * maps are built the first time they are asked for and kept with this list, which never changes, so
 * each version of a project builds them at most once. Safe to share between threads.
 */
final class IdList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;
    private final Function<T, String> idOf;
    private final Function<T, Collection<String>> keysOf;
    private volatile Map<String, T> byId;
    private volatile Map<String, List<T>> byKey;

    private IdList(Object[] items, Function<T, String> idOf, Function<T, Collection<String>> keysOf) {
        this.items = items;
        this.idOf = idOf;
        this.keysOf = keysOf;
    }

    /** The items as an IdList: the same list when it already is one, otherwise a copy (nulls are refused). */
    static <T> List<T> of(List<T> items, Function<T, String> idOf, Function<T, Collection<String>> keysOf) {
        if (items instanceof IdList<T> list) {
            return list;
        }
        Object[] copy = items == null ? new Object[0] : items.toArray();
        for (Object item : copy) {
            Objects.requireNonNull(item, "item");
        }
        return new IdList<>(copy, idOf, keysOf);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** The first item with this id, or null. */
    T byId(String id) {
        Map<String, T> map = byId;
        if (map == null) {
            map = new HashMap<>(items.length * 2);
            for (int i = 0; i < items.length; i++) {
                map.putIfAbsent(idOf.apply(get(i)), get(i));
            }
            byId = map;
        }
        return map.get(id);
    }

    /** The items filed under this key, in list order; empty when none. */
    List<T> byKey(String key) {
        Map<String, List<T>> map = byKey;
        if (map == null) {
            Map<String, List<T>> building = new HashMap<>();
            for (int i = 0; i < items.length; i++) {
                T item = get(i);
                for (String k : new LinkedHashSet<>(keysOf.apply(item))) {
                    building.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
                }
            }
            map = new HashMap<>(building.size() * 2);
            for (Map.Entry<String, List<T>> e : building.entrySet()) {
                map.put(e.getKey(), List.copyOf(e.getValue()));
            }
            byKey = map;
        }
        return map.getOrDefault(key, List.of());
    }

    /** The first item with this id in any list, using the list's map when it is an IdList. */
    static <T> T find(List<T> items, String id, Function<T, String> idOf) {
        if (items instanceof IdList<T> list) {
            return list.byId(id);
        }
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                return item;
            }
        }
        return null;
    }
}
