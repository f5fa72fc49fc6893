import { describe, expect, test } from 'vitest';
import { explainThrown } from './thrown.ts';

const explained = (error: unknown) => explainThrown(error).message;

describe('errors thrown while a test runs, in beginner words', () => {
  test('a name that does not exist (Chromium, Firefox and Safari wordings)', () => {
    expect(explained(new ReferenceError('totl is not defined'))).toEqual({ key: 'runner:thrown.notDefined', params: { name: 'totl' } });
    expect(explained(new ReferenceError("Can't find variable: totl"))).toEqual({ key: 'runner:thrown.notDefined', params: { name: 'totl' } });
  });

  test('reading a property of undefined or null', () => {
    const expected = { key: 'runner:thrown.readNothing', params: { value: 'undefined', property: 'price' } };
    expect(explained(new TypeError("Cannot read properties of undefined (reading 'price')"))).toEqual(expected);
    expect(explained(new TypeError('can\'t access property "price", item is undefined'))).toEqual(expected);
    expect(explained(new TypeError("undefined is not an object (evaluating 'item.price')"))).toEqual(expected);
    expect(explained(new TypeError("Cannot set properties of null (setting 'price')"))?.params).toEqual({ value: 'null', property: 'price' });
  });

  test('calling what is not a function, a const changed, a name used too early', () => {
    expect(explained(new TypeError('cart.totl is not a function'))).toEqual({ key: 'runner:thrown.notAFunction', params: { name: 'cart.totl' } });
    expect(explained(new TypeError('Assignment to constant variable.'))).toEqual({ key: 'runner:thrown.constant' });
    expect(explained(new ReferenceError("Cannot access 'total' before initialization"))).toEqual({ key: 'runner:thrown.beforeInit', params: { name: 'total' } });
  });

  test("anything else shows the error's own text, which the learner may have written", () => {
    expect(explainThrown(new Error('Prix négatif'))).toEqual({ message: { key: 'runner:thrown.error', params: { error: 'Error: Prix négatif' } }, detail: 'Error: Prix négatif' });
    expect(explained('oops')).toEqual({ key: 'runner:thrown.error', params: { error: 'oops' } });
  });
});
