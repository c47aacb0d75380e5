import { describe, expect, it } from 'vitest';
import {
  foldedWords,
  foldForIndex,
  foldForms,
  lowerAz,
  plainFold,
  SPELLING_KEY_MARK as K,
  spellingKey,
  translitFold,
  wordSpans,
} from '../../src/core/text/fold';

describe('folding', () => {
  it('lower-cases the Azerbaijani way: İ and I both become i in the end', () => {
    expect(lowerAz('İSMAYILOVA')).toBe('ismayılova');
    expect(plainFold('İSMAYILOVA')).toBe('ismayilova');
    expect(plainFold('İsmayılova')).toBe('ismayilova');
    expect(plainFold('Ismayilova')).toBe('ismayilova');
  });

  it('transliterates Azerbaijani letters as English spells them', () => {
    expect(translitFold('Xədicə')).toBe('khadija');
    expect(translitFold('Cəfərov')).toBe('jafarov');
    expect(translitFold('Şəhriyar Çələbi')).toBe('shahriyar chalabi');
    expect(translitFold('Ağdam Qubadlı')).toBe('aghdam gubadli');
    expect(translitFold('Jalə Göyçə Ümid')).toBe('zhala goycha umid');
  });

  it('keeps a plain form for keyboards without ə', () => {
    expect(plainFold('Xədicə')).toBe('xedice');
    expect(foldForms('Xədicə')).toEqual(['xedice', 'khadija', `${K}hadija`]);
    expect(foldForms('Khadija')).toEqual(['khadija']);
    expect(foldForms('Khadija', false, true)).toEqual(['khadija', `${K}hadija`]);
  });

  it('transliterates Azerbaijani words and their neighbours, not English prose', () => {
    const forms = (text: string) => foldedWords(text).map((w) => w.forms);
    expect(forms('Cavid Ağayev')).toEqual([
      ['cavid', 'javid', `${K}javid`],
      ['agayev', 'aghayev', `${K}agayav`],
    ]);
    expect(forms('the Council considered')).toEqual([['the'], ['council'], ['considered']]);
    expect(forms('Ilqar')).toEqual([['ilqar', 'ilgar', `${K}ilgar`]]);
  });

  it('lower-cases Cyrillic and strips other diacritics', () => {
    expect(plainFold('ХАДИДЖА Исмаилова')).toBe('хадиджа исмаилова');
    expect(plainFold('Zoë Müller')).toBe('zoe muller');
  });

  it('splits words with their offsets as the index does', () => {
    expect(wordSpans('No. 15172/13, İlqar')).toEqual([
      { word: 'No', start: 0, end: 2 },
      { word: '15172', start: 4, end: 9 },
      { word: '13', start: 10, end: 12 },
      { word: 'İlqar', start: 14, end: 19 },
    ]);
    expect(foldForIndex('İlqar Məmmədov')).toBe(
      `ilqar ilgar ${K}ilgar memmedov mammadov ${K}mamadov`,
    );
    expect(foldForIndex('Rasul Jafarov', { names: true })).toBe(
      `rasul ${K}rasul jafarov ${K}jafarov`,
    );
  });

  it('gives the spellings English-language reporting mixes letter by letter one key', () => {
    const same = (...words: string[]) => {
      const keys = words.map(spellingKey);
      expect(new Set(keys).size, `${words.join(', ')} → ${keys.join(', ')}`).toBe(1);
    };
    same('Qurbanzadə', 'Gurbanzade', 'Qurbanzade', 'Gurbanzada', 'QURBANZADƏ');
    same('Xədicə', 'Khadija', 'Xadija', 'Hadija', 'Xedice', 'XƏDİCƏ', 'KHADIJA');
    same('İsmayılova', 'Ismayilova', 'İSMAYILOVA', 'ISMAYILOVA', 'Ismailova');
    same('Məmmədov', 'Mammadov', 'Mamedov', 'Memmedov', 'MƏMMƏDOV');
    same('Çingiz', 'Chingiz', 'Cingiz');
    same('Şəhla', 'Shahla', 'Sehla');
    same('Jalə', 'Zhala', 'Jala', 'Jale');
    same('Ağayev', 'Aghayev', 'Agayev');
    same('Əliyev', 'Aliyev', 'Aliev');
    same('Sonəsxanlı', 'Sonaskhanli', 'Sonashanli', 'Sonesxanli');
    same('Orucov', 'Orujov');
    expect(spellingKey('Qurbanzadə')).toBe('gurbanzada');
  });

  it('keeps different names apart', () => {
    const keys = [
      'Leyla',
      'Lalə',
      'Emin',
      'Anar',
      'Rəsul',
      'Rauf',
      'Xalid',
      'Cavid',
      'Orxan',
      'Tural',
    ];
    expect(new Set(keys.map(spellingKey)).size).toBe(keys.length);
    expect(spellingKey('Hüseynov')).not.toBe(spellingKey('Həsənov'));
  });
});
