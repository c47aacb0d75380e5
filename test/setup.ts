import { useCheapKeysForTests } from '../src/store/encryption';

// Encrypted libraries made in this test process derive their keys in about a millisecond
// instead of a quarter of a second; the real profiles are tested in test/store/kdf.test.ts.
useCheapKeysForTests();
