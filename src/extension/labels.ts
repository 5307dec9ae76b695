// Localised names for the model's kinds, shared by hover, tree, symbols and exports in the editor.
import * as vscode from 'vscode';
import type { QuoteKind, SourceKind } from '../core';
import type { TreeGroup } from './api';

export function kindLabel(kind: SourceKind): string {
  switch (kind) {
    case 'person':
      return vscode.l10n.t('person');
    case 'organization':
      return vscode.l10n.t('organization');
    case 'outlet':
      return vscode.l10n.t('outlet');
    case 'anonymous':
      return vscode.l10n.t('anonymous source');
  }
}

export function quoteKindLabel(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('Direct quote');
    case 'partial':
      return vscode.l10n.t('Partial quote');
    case 'scare':
      return vscode.l10n.t('Scare quote');
  }
}

export function groupLabel(group: TreeGroup): string {
  switch (group) {
    case 'person':
      return vscode.l10n.t('People');
    case 'organization':
      return vscode.l10n.t('Organizations');
    case 'outlet':
      return vscode.l10n.t('Outlets');
    case 'anonymous':
      return vscode.l10n.t('Anonymous');
    case 'unattributed':
      return vscode.l10n.t('Unattributed quotes');
  }
}

/** "1 quote", "3 quotes". */
export function quoteCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n);
}

export function claimCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', n);
}

export function sourceCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', n);
}
