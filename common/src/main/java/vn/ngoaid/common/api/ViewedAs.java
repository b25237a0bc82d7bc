package vn.ngoaid.common.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an input record: the view a GET answers for what it writes. What a GET answered may be sent back by PUT
 * unchanged, so the view's fields that the input does not have (its id, stamps, names and totals it derives) are
 * accepted and ignored; a field of neither stays a 400 ({@link JsonSettings}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ViewedAs {

    Class<? extends Record> value();
}
